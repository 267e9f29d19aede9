package payment_test

// StateGrants: what a database write grants (increments of earnings
// and entitlements, reward rows, paid states held in variables) and the
// look-alikes that grant nothing (counters, decrements, logs, trials).
var _ = cases.Add(debug, "StateGrants", "model/stgrants", "model/stgrants/ststore", "model/stgrants/stapp")
