package poll_test

// LibraryOptions: per retry-library option set, the poll's bound and
// wait as the real library behaves (see testdata/src/poll/options).
var _ = cases.Add(describe, "LibraryOptions", "poll/options", "poll/options/v5", "poll/options/retrygo", "poll/options/goretry")
