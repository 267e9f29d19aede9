// Package intervals holds poll intervals used from another package.
package intervals

import "time"

// PollEvery is how often the dashboard polls.
const PollEvery = 1 * time.Second

// Slow is a comfortable interval.
const Slow = 5 * time.Second
