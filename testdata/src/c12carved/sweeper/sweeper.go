// Package sweeper follows refunds through an interface cut from the acq
// client, in acq's and core's words; main wires the client in.
package sweeper

import (
	"context"
	"time"

	"c12carved/acq"
	"c12carved/core"
)

// Acquirer is the acq client as the sweeper sees it.
type Acquirer interface {
	core.Refunder
	RefundAgain(ctx context.Context, r *core.Refund) (string, error)
	RefundState(ctx context.Context, id string) (*acq.RefundState, error)
}

type Sweeper struct{ acq Acquirer }

// Follow sends a second refund while the first is still pending, and
// follows the new one in its place.
func (s *Sweeper) Follow(ctx context.Context, r *core.Refund) error {
	for check := 0; check < 30; check++ {
		st, err := s.acq.RefundState(ctx, r.AcqRef)
		if err != nil {
			return err
		}
		if st.Status == "succeeded" || st.Status == "failed" {
			r.State = st.Status
			return nil
		}
		if check == 10 {
			ref, err := s.acq.RefundAgain(ctx, r) // want `new payment created inside the loop that polls payment r.AcqRef`
			if err != nil {
				return err
			}
			r.AcqRef = ref
		}
		time.Sleep(5 * time.Second)
	}
	return nil
}

// FollowThenRetry refunds again only once the first refund failed:
// silent.
func (s *Sweeper) FollowThenRetry(ctx context.Context, r *core.Refund) error {
	for check := 0; check < 30; check++ {
		st, err := s.acq.RefundState(ctx, r.AcqRef)
		if err != nil {
			return err
		}
		switch st.Status {
		case "succeeded":
			return nil
		case "failed":
			ref, err := s.acq.RefundAgain(ctx, r)
			if err != nil {
				return err
			}
			r.AcqRef = ref
			return nil
		}
		time.Sleep(5 * time.Second)
	}
	return nil
}
