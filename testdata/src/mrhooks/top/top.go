// Package top declares the top-up store the webhooks use.
package top

import "context"

// Store keeps wallet top-ups.
type Store interface {
	MarkSettled(ctx context.Context, ref string) error
	MarkPayoutDone(ctx context.Context, ref string) error
	Note(ctx context.Context, ref, text string) error
}
