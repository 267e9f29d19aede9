package shophttp

import (
	"io"
	"net/http"
	"os"

	"github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/webhook"
)

func verifiedEvent(r *http.Request) (stripe.Event, error) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		return stripe.Event{}, err
	}
	return webhook.ConstructEventWithOptions(body, r.Header.Get("Stripe-Signature"), os.Getenv("STRIPE_WHKEY"),
		webhook.ConstructEventOptions{IgnoreAPIVersionMismatch: true})
}

// HandleCheckoutSessionWebhook marks the order paid and mails the buyer
// on every delivery of checkout.session.completed, before its 200.
func HandleCheckoutSessionWebhook(w http.ResponseWriter, r *http.Request) error {
	event, err := verifiedEvent(r)
	if err != nil {
		return err
	}
	if event.Type == stripe.EventTypeCheckoutSessionCompleted && event.Data.Object["payment_status"] == "paid" {
		orderID, _ := event.Data.Object["client_reference_id"].(string)
		email, _ := event.Data.Object["customer_email"].(string)
		if _, err := DB.Exec(`UPDATE orders SET status = 'paid' WHERE id = $1`, orderID); err != nil {
			return err
		}
		if err := SendOrderPaidEmail(orderID, email); err != nil { // want `webhook handler (sends a message \(shophttp\.SendOrderPaidEmail: smtp\.SendMail\) on every delivery of the event|calls shophttp\.SendOrderPaidEmail, which sends a message \(smtp\.SendMail\) before answering)`
			return err
		}
	}
	w.WriteHeader(http.StatusOK)
	return nil
}

// HandleGetOrder is an order page served through the same adapter: it
// mails nothing and is no webhook.
func HandleGetOrder(w http.ResponseWriter, r *http.Request) error {
	var status string
	if err := DB.QueryRow(`SELECT status FROM orders WHERE id = $1`, r.PathValue("id")).Scan(&status); err != nil {
		return err
	}
	_, err := w.Write([]byte(status))
	return err
}

// HandleContactForm mails the shop a visitor's message: a page, not a
// payment webhook.
func HandleContactForm(w http.ResponseWriter, r *http.Request) error {
	if err := SendOrderPaidEmail("contact", r.FormValue("email")); err != nil {
		return err
	}
	w.WriteHeader(http.StatusNoContent)
	return nil
}
