package worker

import (
	"context"

	"audit21/storage/db"
	"audit21/storage/platform"
)

func jobSetStatus(w *Worker, rentalID int64, status string) platform.Job {
	return platform.Job{
		Name: "rental-status",
		Run: func(ctx context.Context) error {
			return w.q.SetRentalStatus(ctx, db.SetRentalStatusParams{ID: rentalID, Status: status})
		},
	}
}
