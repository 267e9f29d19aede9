// Package orders is the order use case: it stores states only through
// its Repo port, bound by package main.
package orders

import "context"

const (
	StateCaptured = "CAPTURED"
	StatePending  = "PENDING"
	StateFailed   = "FAILED"
)

// Repo stores an order's state, whatever it is handed.
type Repo interface {
	SetState(ctx context.Context, ref, state string) error
}

// Service hands the repo the captured state when the acquirer says so.
type Service struct{ repo Repo }

func NewService(r Repo) *Service { return &Service{repo: r} }

func (s *Service) Complete(ctx context.Context, ref, status string) error {
	switch status {
	case "captured":
		return s.capture(ctx, ref)
	case "declined":
		return s.repo.SetState(ctx, ref, StateFailed)
	}
	return nil
}

func (s *Service) capture(ctx context.Context, ref string) error {
	return s.repo.SetState(ctx, ref, StateCaptured)
}

// Mirror copies the acquirer's status as it comes: no constant state.
type Mirror struct{ repo Repo }

func NewMirror(r Repo) *Mirror { return &Mirror{repo: r} }

func (m *Mirror) Complete(ctx context.Context, ref, status string) error {
	return m.repo.SetState(ctx, ref, status)
}

// Holds only ever parks an order or fails it.
type Holds struct{ repo Repo }

func NewHolds(r Repo) *Holds { return &Holds{repo: r} }

func (h *Holds) Complete(ctx context.Context, ref, status string) error {
	if status == "declined" {
		return h.repo.SetState(ctx, ref, StateFailed)
	}
	return h.repo.SetState(ctx, ref, StatePending)
}
