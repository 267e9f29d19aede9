package readercheckout

import "time"

// Cadences of the booth's screens, declared apart from the loops that use
// them.
const (
	screenRefresh = 500 * time.Millisecond
	tabletRefresh = 1500 * time.Millisecond
	calmRefresh   = 2 * time.Second
	reportRefresh = 500 * time.Millisecond
)
