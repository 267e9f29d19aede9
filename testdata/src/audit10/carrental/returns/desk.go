// Package returns is the return desk: staff check the car in, and the
// renter is billed for damage, missing fuel and the deposit is settled.
package returns

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"net/http"
	"time"

	"github.com/gorilla/mux"

	"audit10/carrental/deposit"
	"audit10/carrental/domain"
	"audit10/carrental/platform"
)

// RentalStore loads and closes rentals.
type RentalStore interface {
	Rental(ctx context.Context, id string) (*domain.Rental, error)
	CloseRental(ctx context.Context, id string, odometerKm int, fuelPct int) error
}

// Damage is one damage item found at check-in.
type Damage struct {
	ClaimID    string `json:"claim_id"`
	Part       string `json:"part"`
	PriceCents int64  `json:"price_cents"`
	OnDeposit  bool   `json:"on_deposit"`
}

type checkIn struct {
	OdometerKm int      `json:"odometer_km"`
	FuelPct    int      `json:"fuel_pct"`
	Damages    []Damage `json:"damages"`
}

// Desk handles check-ins.
type Desk struct {
	rentals      RentalStore
	deposits     *deposit.Service
	charger      domain.Charger
	fuelPerPctCt int64
	log          *slog.Logger
}

// NewDesk returns a Desk.
func NewDesk(rentals RentalStore, deposits *deposit.Service, charger domain.Charger, fuelPerPct int64, log *slog.Logger) *Desk {
	return &Desk{rentals: rentals, deposits: deposits, charger: charger, fuelPerPctCt: fuelPerPct, log: log}
}

// Routes registers the desk's endpoints.
func (d *Desk) Routes(r *mux.Router) {
	r.HandleFunc("/rentals/{id}/return", d.Return).Methods(http.MethodPost)
}

// Return checks a car in.
func (d *Desk) Return(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	var in checkIn
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
		http.Error(w, "bad check-in", http.StatusBadRequest)
		return
	}
	rental, err := d.rentals.Rental(ctx, mux.Vars(r)["id"])
	if err != nil {
		http.Error(w, "rental not found", http.StatusNotFound)
		return
	}

	var onDeposit int64
	for _, dmg := range in.Damages {
		if dmg.OnDeposit {
			onDeposit += dmg.PriceCents
			continue
		}
		if err := d.chargeDamage(ctx, rental, dmg); err != nil {
			d.log.Error("damage charge", "rental", rental.ID, "claim", dmg.ClaimID, "err", err)
		}
	}
	if missing := 100 - in.FuelPct; missing > 5 {
		if err := d.chargeFuel(ctx, rental, int64(missing)*d.fuelPerPctCt); err != nil {
			d.log.Error("fuel charge", "rental", rental.ID, "err", err)
		}
	}
	if err := d.deposits.SettleAtReturn(ctx, rental, onDeposit); err != nil {
		http.Error(w, "deposit: "+err.Error(), http.StatusBadGateway)
		return
	}
	if err := d.rentals.CloseRental(ctx, rental.ID, in.OdometerKm, in.FuelPct); err != nil {
		http.Error(w, "close rental", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func (d *Desk) chargeDamage(ctx context.Context, rental *domain.Rental, dmg Damage) error {
	req := domain.ChargeRequest{
		Customer:       rental.StripeCustomer,
		PaymentMethod:  rental.PaymentMethod,
		AmountCents:    dmg.PriceCents,
		Currency:       rental.Currency,
		Description:    "Damage: " + dmg.Part,
		Reference:      "damage:" + dmg.ClaimID,
		IdempotencyKey: "damage-" + dmg.ClaimID,
	}
	return platform.Do(ctx, platform.DefaultPolicy(), func(ctx context.Context) error {
		_, err := d.charger.Charge(ctx, req)
		return err
	})
}

func (d *Desk) chargeFuel(ctx context.Context, rental *domain.Rental, cents int64) error {
	return platform.Do(ctx, platform.DefaultPolicy(), func(ctx context.Context) error {
		_, err := d.charger.Charge(ctx, domain.ChargeRequest{
			Customer:       rental.StripeCustomer,
			PaymentMethod:  rental.PaymentMethod,
			AmountCents:    cents,
			Currency:       rental.Currency,
			Description:    "Refuelling",
			Reference:      "fuel:" + rental.ID,
			IdempotencyKey: fmt.Sprintf("fuel-%s-%d", rental.ID, time.Now().Unix()),
		})
		return err
	})
}
