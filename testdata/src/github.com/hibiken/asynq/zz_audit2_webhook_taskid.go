package asynq

// TaskID returns an option to specify the task ID (signature as in
// github.com/hibiken/asynq v0.25.1, client.go).
func TaskID(id string) Option { panic("stub") }
