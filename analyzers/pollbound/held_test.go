package pollbound

// C15p: a poll of a manual-capture hold that leaves only once the hold is
// ready to capture (requires_capture) or paid never leaves on a failed
// 3-D Secure or a canceled intent (held); look-alikes leave on the failed
// states too, on any state but processing, or once no action is required.
var _ = cases.Add(Analyzer, "HeldC15p", "pollbound/c15p/held")
