package domain

import "time"

// Tunables shared by the payment packages.
const (
	// UPIPollEvery is how often the return page re-reads a UPI collect.
	UPIPollEvery = 1 * time.Second
	// UPIPollWindow is how long the return page waits for a UPI collect.
	UPIPollWindow = 25 * time.Second
	// LabPollEvery is how often lab results are re-read.
	LabPollEvery = 500 * time.Millisecond
	// ClaimPollBase is the first wait between adjudication reads.
	ClaimPollBase = 5 * time.Second
)
