package topup

import "time"

const (
	// statusPollEvery is how often Buy reads the collection while the
	// customer approves the prompt on their handset.
	statusPollEvery = 750 * time.Millisecond
	// defaultPromptTimeout is how long a USSD prompt stays on a handset.
	defaultPromptTimeout = 90 * time.Second
)
