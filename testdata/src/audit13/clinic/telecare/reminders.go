package telecare

import (
	"context"
	"fmt"
	"log"
	"time"

	"audit13/clinic/domain"
)

// Reminder is an upcoming appointment that needs a text.
type Reminder struct {
	AppointmentID string
	Phone         string
	StartsAt      time.Time
	JoinURL       string
}

// Reminders texts patients before their visit.
type Reminders struct {
	notify domain.Notifier
}

// NewReminders returns the reminder sender.
func NewReminders(n domain.Notifier) *Reminders { return &Reminders{notify: n} }

// SendBatch texts every reminder, retrying a failed text a few times.
func (r *Reminders) SendBatch(ctx context.Context, batch []Reminder) {
	for _, rem := range batch {
		msg := fmt.Sprintf("Your video visit starts at %s. Join: %s", rem.StartsAt.Format("15:04"), rem.JoinURL)
		for attempt := 0; attempt < 3; attempt++ {
			if err := r.notify.SendSMS(ctx, rem.Phone, msg); err == nil {
				break
			} else {
				log.Printf("reminders: %s attempt %d: %v", rem.AppointmentID, attempt, err)
			}
			time.Sleep(100 * time.Millisecond)
		}
	}
}
