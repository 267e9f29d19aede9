package smsack

import (
	"fmt"
	"net/http"
)

// PaymentNotified texts the receipt before answering: a slow SMS gateway
// makes the switch time out and redeliver.
func (n *Notifier) PaymentNotified(w http.ResponseWriter, r *http.Request) {
	ev, err := n.read(r)
	if err != nil {
		http.Error(w, "rejected", http.StatusUnauthorized)
		return
	}
	if ev.Status == "SUCCESS" {
		if err := n.repo.SetBillStatus(r.Context(), ev.BillID, "paid"); err != nil {
			http.Error(w, "retry", http.StatusInternalServerError)
			return
		}
		_ = n.sms.Send(ev.Phone, fmt.Sprintf("Bill %s paid, receipt %s", ev.BillID, ev.Receipt)) // want "\\[webhookdedupe\\] .*sends a message" "\\[webhookack\\] .*calls smsack.SMS.Send"
	}
	w.WriteHeader(http.StatusOK)
}

// PaymentNotifiedQueued stores the state, answers, and leaves the SMS to
// the worker.
func (n *Notifier) PaymentNotifiedQueued(w http.ResponseWriter, r *http.Request) {
	ev, err := n.read(r)
	if err != nil {
		http.Error(w, "rejected", http.StatusUnauthorized)
		return
	}
	if ev.Status == "SUCCESS" {
		if err := n.repo.SetBillStatus(r.Context(), ev.BillID, "paid"); err != nil {
			http.Error(w, "retry", http.StatusInternalServerError)
			return
		}
		select {
		case n.queue <- ev: // audit: missed webhookdedupe: the receipt SMS is queued on every delivery of the notification with no event-id or stored-state guard, so a redelivery texts the customer again (the SMS is sent by the worker n.receipts)
		default:
		}
	}
	w.WriteHeader(http.StatusOK)
}

func (n *Notifier) receipts() {
	for ev := range n.queue {
		_ = n.sms.Send(ev.Phone, fmt.Sprintf("Bill %s paid, receipt %s", ev.BillID, ev.Receipt))
	}
}

// Register mounts the notification endpoints.
func Register(mux *http.ServeMux, n *Notifier) {
	mux.HandleFunc("/switch/notify", n.PaymentNotified)
	mux.HandleFunc("/switch/notify/v2", n.PaymentNotifiedQueued)
}
