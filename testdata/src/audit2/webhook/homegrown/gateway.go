package homegrown

import (
	"database/sql"
	"encoding/json"
	"io"
	"log"
	"net/http"
	"time"
)

// gatewayEvent is what our PSP (a regional acquirer) posts.
type gatewayEvent struct {
	EventID       string `json:"event_id"`
	TransactionID string `json:"transaction_id"`
	OrderRef      string `json:"order_ref"`
	Status        string `json:"status"`
	Amount        int64  `json:"amount"`
}

type Server struct {
	DB      *sql.DB
	Secret  []byte
	DevMode bool
	Jobs    chan gatewayEvent
	Partner *http.Client
}

// PaymentNotification answers 200 at once and queues the event.
func (s *Server) PaymentNotification(w http.ResponseWriter, r *http.Request) {
	body, err := readSigned(r, s.Secret)
	if err != nil {
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	var evt gatewayEvent
	if err := json.Unmarshal(body, &evt); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	select {
	case s.Jobs <- evt:
		w.WriteHeader(http.StatusOK)
	default:
		w.WriteHeader(http.StatusServiceUnavailable)
	}
}

// Worker drains the queue; dedupes on transaction id + status.
func (s *Server) Worker() {
	for evt := range s.Jobs {
		res, err := s.DB.Exec(`INSERT INTO gateway_events (transaction_id, status) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
			evt.TransactionID, evt.Status)
		if err != nil {
			log.Printf("worker: %v", err)
			continue
		}
		if n, _ := res.RowsAffected(); n == 0 {
			continue
		}
		if evt.Status == "SUCCEED" {
			s.DB.Exec(`UPDATE orders SET status = 'paid' WHERE ref = $1`, evt.OrderRef)
		}
	}
}

// Settled: signature checked except in dev mode.
func (s *Server) Settled(w http.ResponseWriter, r *http.Request) {
	var body []byte
	var err error
	if !s.DevMode {
		if body, err = readSigned(r, s.Secret); err != nil {
			w.WriteHeader(http.StatusUnauthorized)
			return
		}
	} else {
		body, _ = io.ReadAll(r.Body)
	}
	var evt gatewayEvent
	if err := json.Unmarshal(body, &evt); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	if evt.Status == "SUCCEED" {
		s.DB.Exec(`UPDATE orders SET status = 'paid', paid_at = now() WHERE ref = $1`, evt.OrderRef) // want "\\[webhookverify\\] "
	}
	w.WriteHeader(http.StatusOK)
}

// Capture settles the order, then checks the signature for the audit log.
func (s *Server) Capture(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	var evt gatewayEvent
	if err := json.Unmarshal(body, &evt); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	if evt.Status == "SUCCEED" {
		s.DB.Exec(`UPDATE orders SET status = 'paid' WHERE ref = $1`, evt.OrderRef) // want "\\[webhookverify\\] "
	}
	if !signatureOK(body, r.Header.Get("X-Signature"), s.Secret) {
		log.Printf("capture %s: bad signature", evt.EventID)
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	w.WriteHeader(http.StatusOK)
}

// Payout is verified with the older helper (hex strings compared with ==).
func (s *Server) Payout(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil || !signatureOK(body, r.Header.Get("X-Signature"), s.Secret) {
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	var evt gatewayEvent
	if err := json.Unmarshal(body, &evt); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	if evt.Status == "SUCCEED" {
		s.DB.Exec(`UPDATE orders SET status = 'paid' WHERE ref = $1`, evt.OrderRef)
	}
	w.WriteHeader(http.StatusOK)
	// let the partner know; retry a few times, it is flaky
	for i := 0; i < 3; i++ {
		resp, err := s.Partner.Post("https://partner.example.com/payouts", "application/json", nil) // want "\\[idempotency\\] " "\\[webhookdedupe\\] " "\\[webhookack\\] "
		if err == nil && resp.StatusCode < 500 {
			resp.Body.Close()
			break
		}
		time.Sleep(time.Duration(i+1) * time.Second)
	}
}
