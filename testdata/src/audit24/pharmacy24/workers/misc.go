package workers

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/smtp"
	"time"

	"audit24/pharmacy24/store"
)

// Tracking follows courier shipments until they are delivered.
type Tracking struct {
	hc        *http.Client
	base      string
	shipments *store.Shipments
}

func NewTracking(base string, shipments *store.Shipments) *Tracking {
	return &Tracking{hc: &http.Client{Timeout: 10 * time.Second}, base: base, shipments: shipments}
}

func (t *Tracking) Follow(ctx context.Context, trackingID string) error {
	for { // audit: lookalike pollbound: a courier shipment, not a payment; stops with ctx or on delivery
		resp, err := t.hc.Get(t.base + "/v1/tracking/" + trackingID)
		if err == nil {
			var st struct {
				Status string `json:"status"`
			}
			_ = json.NewDecoder(resp.Body).Decode(&st)
			resp.Body.Close()
			if st.Status == "delivered" {
				return t.shipments.Delivered(ctx, trackingID)
			}
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(10 * time.Minute):
		}
	}
}

// InsurerReports downloads the co-pay claim export from the insurer portal.
type InsurerReports struct {
	hc   *http.Client
	base string
}

func (ir *InsurerReports) WaitExport(ctx context.Context, jobID string) (string, error) {
	for i := 0; i < 120; i++ {
		resp, err := ir.hc.Get(ir.base + "/exports/" + jobID)
		if err == nil {
			var st struct {
				State string `json:"state"`
				URL   string `json:"url"`
			}
			_ = json.NewDecoder(resp.Body).Decode(&st)
			resp.Body.Close()
			if st.State == "ready" {
				return st.URL, nil
			}
		}
		time.Sleep(time.Second) // audit: lookalike pollinterval: a claims export file, not a payment status
	}
	return "", fmt.Errorf("export %s not ready", jobID)
}

// Reminders mails patients whose refill is due.
type Reminders struct {
	addr string
	auth smtp.Auth
	from string
}

func (r *Reminders) Send(to, subject, body string) error {
	msg := []byte("To: " + to + "\r\nSubject: " + subject + "\r\n\r\n" + body)
	var err error
	for i := 0; i < 3; i++ {
		if err = smtp.SendMail(r.addr, r.auth, r.from, []string{to}, msg); err == nil {
			return nil
		}
		time.Sleep(200 * time.Millisecond) // audit: lookalike retrybackoff: a reminder e-mail, not a payment call
	}
	return err
}
