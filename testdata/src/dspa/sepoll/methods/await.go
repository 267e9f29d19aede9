package methods

import (
	"context"
	"errors"
	"time"
)

// AwaitACH waits for a transfer to settle.
func AwaitACH(ctx context.Context, b *Bank, id string) error {
	for i := 0; i < 100; i++ {
		a, err := b.Transfer(ctx, id)
		if err != nil {
			return err
		}
		switch a.Status {
		case "settled":
			return nil
		case "returned", "failed":
			return errors.New("ach: " + a.Status)
		}
		time.Sleep(checkEvery)
	}
	return errors.New("ach: still pending")
}
