// Package scheduler runs the background passes it is handed through its
// options: a robfig/cron schedule over a map of named runs, a ticker over
// a list of runs, and a start-up hook that runs once.
package scheduler

import (
	"context"
	"log"
	"time"

	"github.com/robfig/cron/v3"
)

// Run is one background pass.
type Run func(ctx context.Context) error

// Scheduler owns the cron schedule.
type Scheduler struct {
	c       *cron.Cron
	nightly map[string]Run
	startup Run
}

// Option configures the Scheduler.
type Option func(*Scheduler)

// WithNightly adds a pass run every night.
func WithNightly(name string, run Run) Option {
	return func(s *Scheduler) { s.nightly[name] = run }
}

// OnStartup sets a pass run once when the scheduler starts.
func OnStartup(run Run) Option {
	return func(s *Scheduler) { s.startup = run }
}

// New builds a Scheduler.
func New(opts ...Option) *Scheduler {
	s := &Scheduler{c: cron.New(), nightly: map[string]Run{}}
	for _, o := range opts {
		o(s)
	}
	return s
}

// Start runs the start-up pass and starts the schedule.
func (s *Scheduler) Start(ctx context.Context) error {
	if s.startup != nil {
		if err := s.startup(ctx); err != nil {
			return err
		}
	}
	if _, err := s.c.AddFunc("0 2 * * *", s.night); err != nil {
		return err
	}
	s.c.Start()
	return nil
}

func (s *Scheduler) night() {
	ctx, cancel := context.WithTimeout(context.Background(), time.Hour)
	defer cancel()
	for name, run := range s.nightly {
		if err := run(ctx); err != nil {
			log.Printf("%s: %v", name, err)
		}
	}
}

// Ticker runs its passes every period.
type Ticker struct {
	every time.Duration
	runs  []Run
}

// NewTicker builds a Ticker.
func NewTicker(every time.Duration) *Ticker { return &Ticker{every: every} }

// Add adds a pass.
func (t *Ticker) Add(run Run) { t.runs = append(t.runs, run) }

// Loop runs the passes until ctx ends.
func (t *Ticker) Loop(ctx context.Context) {
	tick := time.NewTicker(t.every)
	defer tick.Stop()
	for range tick.C {
		for _, run := range t.runs {
			if err := run(ctx); err != nil {
				log.Printf("pass: %v", err)
			}
		}
	}
}
