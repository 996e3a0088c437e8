"""``ftaudit completion bash|zsh|fish``: a shell completion script made from the parser itself."""

from __future__ import annotations

import argparse
import functools
from typing import Any


def _commands(parser: argparse.ArgumentParser) -> dict[str, list[str]]:
    """Each subcommand and its options, read from the argparse parser."""
    out: dict[str, list[str]] = {}
    for action in parser._actions:  # argparse has no public way to walk its subcommands
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                out[name] = sorted({opt for a in sub._actions for opt in a.option_strings if opt.startswith("--")})
    return out


def script(shell: str, parser: argparse.ArgumentParser) -> str:
    """The completion script for ``shell``."""
    commands = _commands(parser)
    names = " ".join(commands)
    if shell == "fish":
        lines = ["# ftaudit completion for fish: ftaudit completion fish > ~/.config/fish/completions/ftaudit.fish",
                 "complete -c ftaudit -f",
                 f"complete -c ftaudit -n '__fish_use_subcommand' -a '{names}'"]
        for name, opts in commands.items():
            for opt in opts:
                lines.append(f"complete -c ftaudit -n '__fish_seen_subcommand_from {name}' -l {opt[2:]}")
        return "\n".join(lines) + "\n"
    cases = "\n".join(f'        {name}) opts="{" ".join(opts)}" ;;' for name, opts in commands.items())
    body = f"""_ftaudit() {{
    local cur cmd opts
    cur="${{COMP_WORDS[COMP_CWORD]}}"
    cmd="${{COMP_WORDS[1]}}"
    if [ "$COMP_CWORD" -eq 1 ]; then
        COMPREPLY=( $(compgen -W "{names} --help --version" -- "$cur") )
        return
    fi
    case "$cmd" in
{cases}
        *) opts="" ;;
    esac
    if [[ "$cur" == -* ]]; then
        COMPREPLY=( $(compgen -W "$opts --help" -- "$cur") )
    else
        COMPREPLY=( $(compgen -f -- "$cur") )
    fi
}}
complete -o filenames -F _ftaudit ftaudit
"""
    if shell == "zsh":
        return ("# ftaudit completion for zsh: eval \"$(ftaudit completion zsh)\" in ~/.zshrc\n"
                "autoload -U +X bashcompinit && bashcompinit\n" + body)
    return "# ftaudit completion for bash: eval \"$(ftaudit completion bash)\" in ~/.bashrc\n" + body


def add_parser(subparsers: Any, root: argparse.ArgumentParser) -> None:
    """Add ``completion``, which completes the commands of ``root`` (the whole CLI)."""
    p = subparsers.add_parser("completion", help="print a shell completion script (bash, zsh, fish)")
    p.add_argument("shell", choices=["bash", "zsh", "fish"])
    p.set_defaults(func=functools.partial(run, root=root))


def run(args: argparse.Namespace, root: argparse.ArgumentParser) -> int:
    import sys

    sys.stdout.write(script(args.shell, root))
    return 0
