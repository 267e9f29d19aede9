// Package pod captures doorstep payments through podapi and waits with
// its Await, of another package: when Await gives up, the capture it
// answers is in none of the final phases, and a pass that goes round on
// it captures a second payment while the first can still go through.
// Look-alike: capturing again only after a refusal.
package pod

import (
	"context"
	"errors"

	"pollcreate/heldrecord/podapi"
)

var errRefused = errors.New("pod: payment refused at the door")

// captureAgainWhileRequested goes round on a capture still requested.
func captureAgainWhileRequested(ctx context.Context, c *podapi.Client, parcel string, cents int64) error {
	for attempt := 0; attempt < 2; attempt++ {
		cp, err := c.Capture(ctx, parcel, cents) // want `payment podapi.Client.Capture \(POST /v1/doorstep/payments\) made again on every pass of the loop \(line 19\) after podapi.Client.Await \(line 24\) stops waiting`
		if err != nil {
			return err
		}
		got, err := c.Await(ctx, cp.ID)
		if err != nil {
			return err
		}
		switch got.Phase {
		case "captured":
			return nil
		case "refused":
			return errRefused
		}
	}
	return errors.New("pod: not captured")
}

// captureAgainAfterRefusal captures again only after a refusal; a capture
// still requested ends the pass.
func captureAgainAfterRefusal(ctx context.Context, c *podapi.Client, parcel string, cents int64) error {
	for attempt := 0; attempt < 2; attempt++ {
		cp, err := c.Capture(ctx, parcel, cents)
		if err != nil {
			return err
		}
		got, err := c.Await(ctx, cp.ID)
		if err != nil {
			return err
		}
		if got.Phase == "captured" {
			return nil
		}
		if got.Phase != "refused" {
			return errors.New("pod: capture still " + got.Phase)
		}
	}
	return errRefused
}
