package poll_test

// AttemptsGaps2: a wait kept in an unexported field is known when
// every write of it in the package is a constant; a loop whose other
// calls are the package's own helpers that never wait is busy.
var _ = cases.Add(describeAttempts, "AttemptsGaps2", "poll/attempts2")
