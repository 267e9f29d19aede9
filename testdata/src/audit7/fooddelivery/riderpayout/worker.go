package riderpayout

import (
	"context"
	"log"
	"time"

	"gorm.io/gorm"
)

// Worker picks up approved payouts every minute.
type Worker struct {
	DB     *gorm.DB
	Client *Client
}

func (w *Worker) Run(ctx context.Context) {
	t := time.NewTicker(time.Minute)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		var due []Payout
		w.DB.WithContext(ctx).Where("status = ?", "approved").Find(&due)
		for _, p := range due {
			if err := w.Client.PayRider(ctx, p); err != nil {
				log.Printf("payout %s: %v", p.ID, err)
				continue
			}
			w.DB.Model(&Payout{}).Where("id = ?", p.ID).Update("status", "sent")
		}
	}
}
