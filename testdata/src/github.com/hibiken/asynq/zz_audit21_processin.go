package asynq

import "time"

// ProcessIn returns an option to specify when to process the given task
// relative to the current time (as in asynq v0.25.1 client.go).
func ProcessIn(d time.Duration) Option { panic("stub") }
