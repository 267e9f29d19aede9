// Package cron is a stub of github.com/robfig/cron/v3 (v3.0.1): only what
// paylint's tests use, with the real paths, types and signatures.
package cron

import "context"

// Cron keeps track of entries and runs them on their schedule.
type Cron struct{}

// Job is an interface for submitted cron jobs.
type Job interface {
	Run()
}

// EntryID identifies an entry within a Cron instance.
type EntryID int

// Option represents a modification to the default behavior of a Cron.
type Option func(*Cron)

// New returns a new Cron job runner.
func New(opts ...Option) *Cron { panic("stub") }

// FuncJob is a wrapper that turns a func() into a cron.Job.
type FuncJob func()

// Run calls f.
func (f FuncJob) Run() { f() }

// AddFunc adds a func to the Cron to be run on the given schedule.
func (c *Cron) AddFunc(spec string, cmd func()) (EntryID, error) { panic("stub") }

// AddJob adds a Job to the Cron to be run on the given schedule.
func (c *Cron) AddJob(spec string, cmd Job) (EntryID, error) { panic("stub") }

// Start the cron scheduler in its own goroutine.
func (c *Cron) Start() { panic("stub") }

// Run the cron scheduler.
func (c *Cron) Run() { panic("stub") }

// Stop stops the cron scheduler.
func (c *Cron) Stop() context.Context { panic("stub") }
