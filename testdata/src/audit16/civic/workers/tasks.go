package workers

import (
	"context"
	"fmt"
	"log"
	"time"

	"github.com/RichardKnop/machinery/v1"
	"github.com/RichardKnop/machinery/v1/tasks"

	"audit16/civic/extsvc"
	"audit16/civic/instalments"
)

// Queue publishes tasks to machinery.
type Queue struct{ srv *machinery.Server }

func NewQueue(srv *machinery.Server) *Queue { return &Queue{srv: srv} }

// SendReceipt enqueues the receipt mail of a payment.
func (q *Queue) SendReceipt(ctx context.Context, kind, ref string) error {
	sig, err := tasks.NewSignature("send_receipt", []tasks.Arg{
		{Type: "string", Value: kind}, {Type: "string", Value: ref},
	})
	if err != nil {
		return err
	}
	_, err = q.srv.SendTaskWithContext(ctx, sig)
	return err
}

// CapturePayPal enqueues the capture of an approved PayPal order.
func (q *Queue) CapturePayPal(orderID string) error {
	sig, err := tasks.NewSignature("capture_paypal", []tasks.Arg{{Type: "string", Value: orderID}})
	if err != nil {
		return err
	}
	_, err = q.srv.SendTask(sig)
	return err
}

// Citizen is a notice recipient.
type Citizen struct {
	Email string
	Name  string
	Ref   string
}

// Notices mails citizens.
type Notices struct {
	mail     *extsvc.Mailer
	ocr      *extsvc.OCR
	upcoming func(ctx context.Context) ([]Citizen, error)
}

func NewNotices(mail *extsvc.Mailer, ocr *extsvc.OCR, upcoming func(ctx context.Context) ([]Citizen, error)) *Notices {
	return &Notices{mail: mail, ocr: ocr, upcoming: upcoming}
}

// Reminders is the "instalment_reminders" task: one mail per citizen
// with an instalment due next week, paced for the relay.
func (n *Notices) Reminders() error {
	ctx := context.Background()
	list, err := n.upcoming(ctx)
	if err != nil {
		return err
	}
	for _, c := range list {
		body := fmt.Sprintf("Dear %s,\n\nYour council-tax instalment %s is due next week.", c.Name, c.Ref)
		if err := n.mail.SendNotice(c.Email, "Instalment reminder", body); err != nil {
			log.Printf("notices: %s: %v", c.Ref, err)
		}
		time.Sleep(200 * time.Millisecond)
	}
	return nil
}

// Receipt is the "send_receipt" task.
func (n *Notices) Receipt(kind, ref string) error {
	return n.mail.SendNotice("receipts@city.example", "Payment received: "+kind, ref)
}

// ReadDocument is the "ocr_document" task for permit applications.
func (n *Notices) ReadDocument(docURL string) (string, error) {
	ctx := context.Background()
	id, err := n.ocr.Submit(ctx, docURL)
	if err != nil {
		return "", err
	}
	return n.ocr.Wait(ctx, id)
}

// Register registers every task with the machinery server.
func Register(srv *machinery.Server, refunds *Refunds, rec *Reconciler, notices *Notices, coll *instalments.Collector) error {
	return srv.RegisterTasks(map[string]interface{}{
		"refund_overpaid":      refunds.Run,
		"reconcile_charges":    rec.Run,
		"instalment_reminders": notices.Reminders,
		"send_receipt":         notices.Receipt,
		"ocr_document":         notices.ReadDocument,
		"collect_instalments": func(day string) error {
			d, err := time.Parse("2006-01-02", day)
			if err != nil {
				return err
			}
			return coll.CollectDue(context.Background(), d)
		},
		"activate_plan": func(planID, paymentID string) error {
			return coll.ActivateAfterFirst(context.Background(), planID, paymentID)
		},
	})
}
