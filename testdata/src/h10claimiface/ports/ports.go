// Package ports: the domain's interfaces; the handler's package implements
// them.
package ports

import "context"

// Inbox admits a provider event; true when this delivery is the first.
type Inbox interface {
	Admit(ctx context.Context, eventID string) (bool, error)
}

// Quota bumps a counter; true when a row was updated.
type Quota interface {
	Bump(ctx context.Context, account string) (bool, error)
}

// Seen is implemented nowhere in sight.
type Seen interface {
	FirstTime(ctx context.Context, eventID string) (bool, error)
}
