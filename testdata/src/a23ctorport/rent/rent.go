// Package rent collects a tenant's rent through whichever payment client
// main wires in, retrying a failed collection a few times.
package rent

import (
	"context"
	"time"
)

// Due is one rent collection.
type Due struct {
	Tenant      string
	AmountMinor int64
}

// Collector collects rent from the tenant's saved card.
type Collector interface {
	Collect(ctx context.Context, d Due) (string, error)
}

// Job collects the rent due.
type Job struct {
	Cards Collector
}

// Run tries each collection three times, two seconds apart, with no key.
func (j *Job) Run(ctx context.Context, d Due) error {
	var err error
	for try := 0; try < 3; try++ {
		if _, err = j.Cards.Collect(ctx, d); err == nil {
			return nil
		}
		time.Sleep(2 * time.Second)
	}
	return err
}
