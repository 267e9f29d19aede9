package worker

import (
	"context"
	"encoding/json"
	"fmt"
	"log"
	"time"

	"github.com/hibiken/asynq"
	"github.com/midtrans/midtrans-go/coreapi"
	razorpay "github.com/razorpay/razorpay-go"

	"audit17/tutoring/domain"
	"audit17/tutoring/media"
	"audit17/tutoring/payments"
	"audit17/tutoring/store"
)

// Mailer sends transactional e-mail.
type Mailer interface {
	Send(ctx context.Context, to, subject, body string) error
}

// Tasks holds the asynq task handlers.
type Tasks struct {
	bookings *store.Bookings
	rp       *razorpay.Client
	mt       *payments.Midtrans
	rooms    *media.Rooms
	calendar *media.Calendar
	mail     Mailer
	payouts  *Payouts
}

// NewTasks wires the task handlers.
func NewTasks(b *store.Bookings, rp *razorpay.Client, mt *payments.Midtrans, rooms *media.Rooms,
	cal *media.Calendar, mail Mailer, p *Payouts) *Tasks {
	return &Tasks{bookings: b, rp: rp, mt: mt, rooms: rooms, calendar: cal, mail: mail, payouts: p}
}

// Register adds the handlers to an asynq mux.
func (t *Tasks) Register(mux *asynq.ServeMux) {
	mux.HandleFunc("razorpay:await", t.awaitRazorpay)
	mux.HandleFunc("midtrans:reconcile", t.reconcileMidtrans)
	mux.HandleFunc("midtrans:open-va", t.openVA)
	mux.HandleFunc("room:provision", t.provisionRoom)
	mux.HandleFunc("reminders:send", t.sendReminders)
	mux.HandleFunc("payouts:weekly", func(ctx context.Context, _ *asynq.Task) error { return t.payouts.RunWeekly(ctx) })
}

type awaitPayload struct {
	BookingID int64  `json:"booking_id"`
	PaymentID string `json:"payment_id"`
}

// awaitRazorpay follows a UPI payment the checkout page left authorised.
func (t *Tasks) awaitRazorpay(ctx context.Context, task *asynq.Task) error {
	var p awaitPayload
	if err := json.Unmarshal(task.Payload(), &p); err != nil {
		return err
	}
	for { // want "\\[pollbound\\] loop polling payment p.PaymentID stops only when the payment succeeds"
		pay, err := t.rp.Payment.Fetch(p.PaymentID, nil, nil)
		if err != nil {
			time.Sleep(5 * time.Second)
			continue
		}
		if pay["status"] == "captured" {
			break
		}
		time.Sleep(10 * time.Second)
	}
	_, err := t.bookings.ConfirmIfPending(ctx, p.BookingID)
	return err
}

// reconcileMidtrans looks once at each stale pending Midtrans booking.
func (t *Tasks) reconcileMidtrans(ctx context.Context, _ *asynq.Task) error {
	pending, err := t.bookings.Pending(ctx, domain.Midtrans, 10*time.Minute)
	if err != nil {
		return err
	}
	for _, b := range pending {
		st, err := t.mt.Status(b.ProviderRef)
		if err != nil {
			log.Printf("midtrans status %s: %v", b.ProviderRef, err)
			continue
		}
		if st != "settlement" {
			continue
		}
		ok, err := t.bookings.ConfirmIfPending(ctx, b.ID)
		if err != nil {
			return err
		}
		if ok {
			if err := t.bookings.GrantCredits(ctx, b.StudentID, b.Credits); err != nil {
				return err
			}
		}
		time.Sleep(300 * time.Millisecond)
	}
	return nil
}

// openVA issues the bank-transfer VA for an Indonesian booking.
func (t *Tasks) openVA(ctx context.Context, task *asynq.Task) error {
	var p struct {
		BookingID int64 `json:"booking_id"`
	}
	if err := json.Unmarshal(task.Payload(), &p); err != nil {
		return err
	}
	b, err := t.bookings.Get(ctx, p.BookingID)
	if err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(ctx, 24*time.Hour)
	defer cancel()
	_, err = t.mt.OpenVirtualAccount(ctx, b, func(res *coreapi.ChargeResponse) {
		if err := t.bookings.SetProviderRef(ctx, b.ID, res.OrderID); err != nil {
			log.Printf("booking %d: store VA order: %v", b.ID, err)
		}
	})
	return err
}

func (t *Tasks) provisionRoom(ctx context.Context, task *asynq.Task) error {
	var p struct {
		BookingID int64 `json:"booking_id"`
	}
	if err := json.Unmarshal(task.Payload(), &p); err != nil {
		return err
	}
	b, err := t.bookings.Get(ctx, p.BookingID)
	if err != nil {
		return err
	}
	if _, err := t.rooms.Provision(ctx, b.ID, b.StartsAt); err != nil {
		return err
	}
	return t.calendar.Sync(ctx, b.TutorID, b.ID, b.StartsAt)
}

func (t *Tasks) sendReminders(ctx context.Context, _ *asynq.Task) error {
	upcoming, err := t.bookings.Upcoming(ctx, 24*time.Hour)
	if err != nil {
		return err
	}
	for _, b := range upcoming {
		subject := fmt.Sprintf("Your lesson starts %s", b.StartsAt.Format(time.RFC822))
		for i := 0; i < 3; i++ {
			if err = t.mail.Send(ctx, fmt.Sprintf("student-%d", b.StudentID), subject, "See you soon!"); err == nil {
				break
			}
			time.Sleep(250 * time.Millisecond)
		}
	}
	return nil
}
