package pollcreate

var _ = cases.Add(Analyzer, "PollCreate", "pollcreate/stripe", "pollcreate/wrapped")
