// Package recorded: the correct version of shophttp's webhook, served
// through the same kind of adapter: the event is recorded first by an
// insert that adds no row on a repeat, whose rows affected stop a repeat
// before the mail.
package recorded

import (
	"database/sql"
	"errors"
	"io"
	"net/http"
	"net/smtp"
	"os"

	"github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/webhook"
)

// Make serves fn, answering 400 with its error.
func Make(fn func(http.ResponseWriter, *http.Request) error) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if err := fn(w, r); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
		}
	}
}

// DB is the shop's database.
var DB *sql.DB

func verifiedEvent(r *http.Request) (stripe.Event, error) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		return stripe.Event{}, err
	}
	return webhook.ConstructEvent(body, r.Header.Get("Stripe-Signature"), os.Getenv("STRIPE_WHKEY"))
}

// SendOrderPaidEmail mails the buyer that the order is paid.
func SendOrderPaidEmail(orderID, email string) error {
	return smtp.SendMail("smtp.example.com:587", nil, "shop@example.com", []string{email}, []byte("Subject: Order "+orderID+" paid\r\n\r\n"))
}

// HandleInvoiceWebhook records the event first: a repeat finds its id
// already stored and answers without mailing again (the mail is still
// sent before the 200).
func HandleInvoiceWebhook(w http.ResponseWriter, r *http.Request) error {
	event, err := verifiedEvent(r)
	if err != nil {
		return err
	}
	if event.Type != "invoice.paid" {
		w.WriteHeader(http.StatusOK)
		return nil
	}
	res, err := DB.Exec(`INSERT INTO processed_events (id) VALUES ($1) ON CONFLICT DO NOTHING`, event.ID)
	if err != nil {
		return err
	}
	if n, err := res.RowsAffected(); err != nil || n == 0 {
		w.WriteHeader(http.StatusOK)
		return err
	}
	orderID, _ := event.Data.Object["client_reference_id"].(string)
	email, _ := event.Data.Object["customer_email"].(string)
	if _, err := DB.Exec(`UPDATE orders SET status = 'paid' WHERE id = $1`, orderID); err != nil {
		return err
	}
	if err := SendOrderPaidEmail(orderID, email); err != nil {
		return errors.New("mail: " + err.Error())
	}
	w.WriteHeader(http.StatusOK)
	return nil
}
