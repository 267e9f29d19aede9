package pollbound

var _ = cases.Add(Analyzer, "PollBound", "pollbound/stripe", "pollbound/hilt", "pollbound/recursionloop", "pollbound/failerr/checkout", "poll/nofailure")
