// Package fieldinterval keeps the poll interval in struct fields set by
// constructors in another file.
package fieldinterval

import (
	"context"
	"errors"
	"time"
)

type charge struct {
	Status string `json:"status"`
}

func (s *settler) read(ctx context.Context, id string) (string, error) {
	var c charge
	_, err := s.api.R().SetContext(ctx).SetResult(&c).Get("/v1/charges/" + id)
	return c.Status, err
}

// awaitCharge sleeps s.every, 1500ms in every constructor.
func (s *settler) awaitCharge(ctx context.Context, id string) error {
	for i := 0; i < 40; i++ {
		st, err := s.read(ctx, id)
		if err != nil {
			return err
		}
		if st == "succeeded" || st == "failed" {
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(s.every): // want `payment status polled every 1.5s`
		}
	}
	return errors.New("charge still pending")
}

// awaitTuned: tick is also set from a caller's value (silent).
func (s *settler) awaitTuned(ctx context.Context, id string) error {
	for i := 0; i < 40; i++ {
		st, err := s.read(ctx, id)
		if err != nil {
			return err
		}
		if st == "succeeded" || st == "failed" {
			return nil
		}
		time.Sleep(s.tick)
	}
	return errors.New("charge still pending")
}

// awaitSlow: slow is 5s (silent).
func (s *settler) awaitSlow(ctx context.Context, id string) error {
	for i := 0; i < 40; i++ {
		st, err := s.read(ctx, id)
		if err != nil {
			return err
		}
		if st == "succeeded" || st == "failed" {
			return nil
		}
		time.Sleep(s.slow)
	}
	return errors.New("charge still pending")
}

// awaitPublic: Every is exported, other packages set it (silent).
func (s *settler) awaitPublic(ctx context.Context, id string) error {
	for i := 0; i < 40; i++ {
		st, err := s.read(ctx, id)
		if err != nil {
			return err
		}
		if st == "succeeded" || st == "failed" {
			return nil
		}
		time.Sleep(s.Every)
	}
	return errors.New("charge still pending")
}
