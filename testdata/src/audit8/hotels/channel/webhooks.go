// Package channel integrates the channel manager and the PMS.
package channel

import (
	"database/sql"
	"encoding/json"
	"net/http"
	"net/smtp"
)

// reservationEvent is the channel manager's new/modified/cancelled booking push.
type reservationEvent struct {
	EventID   string `json:"event_id"`
	Type      string `json:"type"`
	OTA       string `json:"ota"`
	Ref       string `json:"reservation_id"`
	RoomType  string `json:"room_type"`
	Arrival   string `json:"arrival"`
	Departure string `json:"departure"`
	Guest     string `json:"guest_email"`
}

// checkoutEvent is the PMS's departure push.
type checkoutEvent struct {
	StayID  string `json:"stay_id"`
	GuestID string `json:"guest_id"`
	Nights  int    `json:"nights"`
}

// Hooks receives pushes from the channel manager and the PMS.
type Hooks struct {
	DB       *sql.DB
	SMTPAddr string
}

// channelReservation stores an OTA booking and sends the guest our welcome mail.
func (h *Hooks) channelReservation(w http.ResponseWriter, r *http.Request) {
	var ev reservationEvent
	if err := json.NewDecoder(r.Body).Decode(&ev); err != nil {
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	_, err := h.DB.ExecContext(r.Context(),
		`INSERT INTO reservations (ref, ota, room_type, arrival, departure, status) VALUES ($1, $2, $3, $4, $5, 'booked')
		 ON CONFLICT (ref) DO UPDATE SET room_type = EXCLUDED.room_type, arrival = EXCLUDED.arrival, departure = EXCLUDED.departure`,
		ev.Ref, ev.OTA, ev.RoomType, ev.Arrival, ev.Departure)
	if err != nil {
		http.Error(w, "db", http.StatusInternalServerError)
		return
	}
	if ev.Type == "new" && ev.Guest != "" {
		smtp.SendMail(h.SMTPAddr, nil, "welcome@hotel.example", []string{ev.Guest}, []byte("Subject: See you soon\r\n\r\n"))
	}
	w.WriteHeader(http.StatusNoContent)
}

// pmsCheckout credits loyalty nights when a guest checks out.
func (h *Hooks) pmsCheckout(w http.ResponseWriter, r *http.Request) {
	var ev checkoutEvent
	if err := json.NewDecoder(r.Body).Decode(&ev); err != nil {
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	h.DB.ExecContext(r.Context(),
		`UPDATE loyalty_accounts SET nights = nights + $1 WHERE guest_id = $2`, ev.Nights, ev.GuestID)
	w.WriteHeader(http.StatusNoContent)
}

// Mount registers the integration endpoints on the internal listener.
func (h *Hooks) Mount(mux *http.ServeMux) {
	mux.HandleFunc("POST /hooks/channel/reservations", h.channelReservation)
	mux.HandleFunc("POST /hooks/pms/checkout", h.pmsCheckout)
}
