// Package plainiface declares an interface that acq's client happens to
// satisfy, but that also asks for a plain Close: not the client's alone,
// so its calls are no payment ops here. Silent.
package plainiface

import (
	"context"
	"time"

	"c12carved/acq"
	"c12carved/core"
)

type Conn interface {
	RefundAgain(ctx context.Context, r *core.Refund) (string, error)
	RefundState(ctx context.Context, id string) (*acq.RefundState, error)
	Close() error
}

func follow(ctx context.Context, c Conn, r *core.Refund) error {
	for check := 0; check < 30; check++ {
		st, err := c.RefundState(ctx, r.AcqRef)
		if err != nil {
			return err
		}
		if st.Status == "succeeded" || st.Status == "failed" {
			return nil
		}
		if check == 10 {
			ref, err := c.RefundAgain(ctx, r)
			if err != nil {
				return err
			}
			r.AcqRef = ref
		}
		time.Sleep(5 * time.Second)
	}
	return nil
}
