package domain

import "time"

const (
	// FundingPollInterval is how often the funding watcher re-reads an
	// authorisation while the client completes 3-D Secure.
	FundingPollInterval = 1500 * time.Millisecond

	// FundingWaitTimeout bounds how long a checkout waits for authorisation.
	FundingWaitTimeout = 10 * time.Minute

	// AutoReleaseAfter is how long an approved milestone waits before the
	// auto-release worker pays it out.
	AutoReleaseAfter = 72 * time.Hour
)
