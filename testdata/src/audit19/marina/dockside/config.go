// Package dockside runs the pay points on the pontoons: the fuel-dock card
// readers and the crew tip jar at the harbour office.
package dockside

import "time"

const (
	// readerTimeout is how long a pump checkout stays on a reader.
	readerTimeout = 90 * time.Second
	// readerPoll is how often the reader's checkout is read back.
	readerPoll = 3 * time.Second
	// tipPollEvery is how often the tip jar screen refreshes an invoice.
	tipPollEvery = 750 * time.Millisecond
	// tipWindow is how long a tip invoice is shown.
	tipWindow = 15 * time.Minute
)
