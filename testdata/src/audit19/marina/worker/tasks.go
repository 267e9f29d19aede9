package worker

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"

	"github.com/RichardKnop/machinery/v1"
	"github.com/RichardKnop/machinery/v1/tasks"

	"audit19/marina/store"
)

// Task names.
const (
	TaskGateCode = "gate_code_sms"
	TaskPayouts  = "owner_payouts"
	TaskWeather  = "weather_cancellations"
)

// Queue enqueues jobs on machinery.
type Queue struct {
	server *machinery.Server
}

// NewQueue returns the queue.
func NewQueue(s *machinery.Server) *Queue { return &Queue{server: s} }

// SendGateCode schedules the SMS with the pontoon gate code.
func (q *Queue) SendGateCode(ctx context.Context, bookingID string) error {
	sig, err := tasks.NewSignature(TaskGateCode, []tasks.Arg{{Name: "booking", Type: "string", Value: bookingID}})
	if err != nil {
		return err
	}
	sig.RetryCount = 3
	_, err = q.server.SendTaskWithContext(ctx, sig)
	return err
}

// GateCodeSMS texts the gate code of a booking to the skipper.
type GateCodeSMS struct {
	bookings *store.Bookings
	hc       *http.Client
	smsURL   string
}

// NewGateCodeSMS returns the task handler.
func NewGateCodeSMS(b *store.Bookings, hc *http.Client, smsURL string) *GateCodeSMS {
	return &GateCodeSMS{bookings: b, hc: hc, smsURL: smsURL}
}

// Handle is registered as the gate_code_sms task.
func (g *GateCodeSMS) Handle(bookingID string) error {
	ctx := context.Background()
	bk, err := g.bookings.Get(ctx, bookingID)
	if err != nil {
		return err
	}
	var code string
	if err := g.bookings.DB().GetContext(ctx, &code, `SELECT code FROM gate_codes WHERE booking_id = $1`, bk.ID); err != nil {
		return tasks.NewErrRetryTaskLater("gate code not issued yet", 0)
	}
	body, _ := json.Marshal(map[string]string{
		"to":   bk.SkipperPhone,
		"text": fmt.Sprintf("Welcome to the marina! Berth %s, pontoon gate code %s.", bk.BerthID, code),
	})
	resp, err := g.hc.Post(g.smsURL, "application/json", bytes.NewReader(body))
	if err != nil {
		return err
	}
	resp.Body.Close()
	return nil
}

// Register registers the task handlers on the machinery server.
func Register(s *machinery.Server, sms *GateCodeSMS, p *Payouts, wc *WeatherCancellations) error {
	return s.RegisterTasks(map[string]interface{}{
		TaskGateCode: sms.Handle,
		TaskPayouts:  func() error { return p.Run(context.Background()) },
		TaskWeather:  func() error { return wc.Run(context.Background()) },
	})
}
