package meter

import (
	"context"
	"encoding/json"
	"log/slog"
	"net/http"
	"time"

	"audit11/utilities/billing"
)

// Outage is a planned or unplanned supply interruption reported by the
// grid operator.
type Outage struct {
	ID        string    `json:"id"`
	Area      string    `json:"area"`
	Kind      string    `json:"kind"` // planned, fault
	StartsAt  time.Time `json:"starts_at"`
	RestoreBy time.Time `json:"restore_by"`
}

// AreaCustomers lists the phone numbers of customers in a supply area.
type AreaCustomers interface {
	Phones(ctx context.Context, area string) ([]string, error)
}

// Outages fans out outage notices by SMS.
type Outages struct {
	customers AreaCustomers
	sms       billing.Notifier
	queue     chan Outage
}

func NewOutages(customers AreaCustomers, sms billing.Notifier) *Outages {
	return &Outages{customers: customers, sms: sms, queue: make(chan Outage, 64)}
}

// Hook receives outage events from the grid operator's SCADA gateway
// (on the private network).
func (o *Outages) Hook(w http.ResponseWriter, r *http.Request) {
	var ev Outage
	if err := json.NewDecoder(r.Body).Decode(&ev); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	select {
	case o.queue <- ev:
		w.WriteHeader(http.StatusAccepted)
	default:
		w.WriteHeader(http.StatusServiceUnavailable)
	}
}

// Run sends the queued notices, throttled to the SMS gateway's rate.
func (o *Outages) Run(ctx context.Context) {
	for {
		select {
		case <-ctx.Done():
			return
		case ev := <-o.queue:
			phones, err := o.customers.Phones(ctx, ev.Area)
			if err != nil {
				slog.Error("outage recipients", "outage", ev.ID, "err", err)
				continue
			}
			text := "Power interruption in " + ev.Area + " expected until " + ev.RestoreBy.Format("15:04") + "."
			for _, p := range phones {
				if err := o.sms.SendSMS(ctx, p, text); err != nil {
					slog.Warn("outage sms", "phone", p, "err", err)
				}
				time.Sleep(100 * time.Millisecond)
			}
		}
	}
}
