package frontdesk

import "time"

const (
	// terminalTick is how often the desk screen refreshes a card-present payment.
	terminalTick = 1 * time.Second
	// cardPromptTimeout is how long the reader waits for the client's card.
	cardPromptTimeout = 2 * time.Minute
)
