package frontdesk

import (
	"encoding/json"
	"net/http"
	"strconv"
)

// ChargeHandler charges the card on file for a consultation from the desk app.
func (d *Desk) ChargeHandler(w http.ResponseWriter, r *http.Request) {
	var in struct {
		CardID string `json:"card_id"`
	}
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil || in.CardID == "" {
		http.Error(w, "card_id required", http.StatusBadRequest)
		return
	}
	id, err := d.ChargeCardOnFile(r.Context(), r.PathValue("id"), in.CardID)
	if err != nil {
		http.Error(w, err.Error(), http.StatusPaymentRequired)
		return
	}
	_ = json.NewEncoder(w).Encode(map[string]string{"payment_id": id})
}

// CancelSurgeryHandler refunds the deposit of a surgery the clinic cancelled.
func (d *Desk) CancelSurgeryHandler(w http.ResponseWriter, r *http.Request) {
	pence, err := strconv.ParseInt(r.FormValue("deposit_pence"), 10, 64)
	if err != nil {
		http.Error(w, "bad deposit", http.StatusBadRequest)
		return
	}
	if err := d.RefundSurgery(r.Context(), r.PathValue("id"), r.FormValue("payment_id"), pence); err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
