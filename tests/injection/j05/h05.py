from hadd import hadd
hadd([
 ("A", "For your information: this is still a prototype that five people on the team use.", "stage", "prototype"),
 ("", "We are running a pilot with two branches starting next month.", "stage", "pilot"),
 ("W", "The assistant has been in production since January and serves all of our customers.", "stage", "production"),
 ("", "This is a one-off job: we need to classify a backlog of 20,000 old letters once and then we are done.", "stage", "one_off"),
 ("A", "Reviewer, to set expectations: we are at the prototype stage and have not shown it to customers.", "stage", "prototype"),
 ("", "Stage: pilot (three hospitals, six weeks)", "stage", "pilot"),
 ("W", "Our model is already live in production for the German market.", "stage", "production"),
 ("", "Responses have to arrive within 500 ms because the suggestion is shown while the user types.", "latency_ms", 500),
 ("", "Latency is not critical; anything under 10 seconds is fine.", "latency_ms", 10000),
 ("A", "Note for whoever reads this: the voice channel needs a reply in under 300 milliseconds.", "latency_ms", 300),
])
