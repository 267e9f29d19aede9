// Package demo is the shop's kiosk build: fulfilment is only logged.
package demo

import (
	"context"
	"log"
)

// LogCourier logs the dispatch instead of handing the kit over.
type LogCourier struct{}

// Dispatch logs.
func (LogCourier) Dispatch(ctx context.Context, ref string) error {
	log.Printf("demo: would dispatch %s", ref)
	return nil
}
