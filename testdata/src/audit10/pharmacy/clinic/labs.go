package clinic

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"time"

	"github.com/redis/go-redis/v9"

	"audit10/pharmacy/domain"
)

// LabResult is a lab order's result.
type LabResult struct {
	OrderID string `json:"order_id"`
	Status  string `json:"status"` // "collected", "processing", "final"
	PDFURL  string `json:"pdf_url"`
}

// Labs reads results from the lab's API.
type Labs struct {
	base string
	hc   *http.Client
}

// NewLabs returns a Labs client.
func NewLabs(base string) *Labs { return &Labs{base: base, hc: &http.Client{Timeout: 5 * time.Second}} }

// WaitResult waits for a lab result while the doctor is in the video call.
func (l *Labs) WaitResult(ctx context.Context, labOrderID string) (*LabResult, error) {
	for {
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		default:
		}
		req, _ := http.NewRequestWithContext(ctx, http.MethodGet, l.base+"/orders/"+url.PathEscape(labOrderID)+"/result", nil)
		resp, err := l.hc.Do(req)
		if err == nil {
			var r LabResult
			derr := json.NewDecoder(resp.Body).Decode(&r)
			resp.Body.Close()
			if derr == nil && r.Status == "final" {
				return &r, nil
			}
		}
		time.Sleep(domain.LabPollEvery)
	}
}

// Reminders sends appointment reminders over SMS.
type Reminders struct {
	rdb    *redis.Client
	notify domain.Notifier
}

// NewReminders returns a Reminders job.
func NewReminders(rdb *redis.Client, n domain.Notifier) *Reminders {
	return &Reminders{rdb: rdb, notify: n}
}

// Send texts every patient whose consultation starts soon, once.
func (r *Reminders) Send(ctx context.Context, upcoming []domain.Consultation, phone func(string) string) {
	for _, c := range upcoming {
		ok, err := r.rdb.SetNX(ctx, "reminder:"+c.ID, 1, 48*time.Hour).Result()
		if err != nil || !ok {
			continue
		}
		msg := fmt.Sprintf("Your consultation starts at %s. Join from the app.", c.StartsAt.Format("15:04"))
		for attempt := 0; attempt < 3; attempt++ {
			if err := r.notify.SendSMS(ctx, phone(c.PatientID), msg); err == nil {
				break
			}
			time.Sleep(time.Second)
		}
	}
}
