package web

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/go-chi/chi/v5"
	"github.com/google/uuid"

	"audit11/crowdfunding/chain"
	"audit11/crowdfunding/domain"
)

type pledgeRequest struct {
	BackerID        string `json:"backer_id"`
	Email           string `json:"email"`
	AmountCents     int64  `json:"amount_cents"`
	Currency        string `json:"currency"`
	Method          string `json:"method"`
	RewardTier      string `json:"reward_tier"`
	CustomerID      string `json:"customer_id"`       // saved cards
	PaymentMethodID string `json:"payment_method_id"` // saved cards
	TxHash          string `json:"tx_hash"`           // USDC
	From            string `json:"from"`              // USDC
}

func (s *Server) decodePledge(w http.ResponseWriter, r *http.Request, method domain.Method) (*pledgeRequest, *domain.Pledge) {
	var req pledgeRequest
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil || req.AmountCents <= 0 {
		http.Error(w, "invalid pledge", http.StatusBadRequest)
		return nil, nil
	}
	if method == "" {
		method = domain.Method(req.Method)
	}
	return &req, &domain.Pledge{
		ID: uuid.NewString(), CampaignID: chi.URLParam(r, "id"), BackerID: req.BackerID,
		BackerEmail: req.Email, AmountCents: req.AmountCents, Currency: req.Currency, Method: method,
		RewardTier: req.RewardTier, Status: domain.PledgePending, CreatedAt: time.Now(),
	}
}

// CreatePledge starts a card or PayPal pledge.
func (s *Server) CreatePledge(w http.ResponseWriter, r *http.Request) {
	_, p := s.decodePledge(w, r, "")
	if p == nil {
		return
	}
	ctx := r.Context()
	resp := map[string]string{"pledge_id": p.ID}
	switch p.Method {
	case domain.MethodCard:
		pi, err := s.Cards.AuthorizePledge(ctx, p, s.BaseURL+"/pledges/"+p.ID+"/complete")
		if err != nil {
			s.fail(w, "could not start the pledge", err, http.StatusBadGateway)
			return
		}
		p.ProviderRef, resp["client_secret"] = pi.ID, pi.ClientSecret
	case domain.MethodPayPal:
		o, err := s.PayPal.CreateOrder(ctx, p)
		if err != nil {
			s.fail(w, "could not start the PayPal checkout", err, http.StatusBadGateway)
			return
		}
		p.ProviderRef, resp["order_id"] = o.ID, o.ID
	default:
		http.Error(w, "unsupported method", http.StatusBadRequest)
		return
	}
	if err := s.Pledges.Insert(ctx, p); err != nil {
		s.fail(w, "could not save the pledge", err, http.StatusInternalServerError)
		return
	}
	if p.Method == domain.MethodPayPal {
		go s.followPayPal(p)
	}
	writeJSON(w, http.StatusCreated, resp)
}

func (s *Server) followPayPal(p *domain.Pledge) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Hour)
	defer cancel()
	capture, err := s.PayPal.FollowCheckout(ctx, p, func(orderID string) {
		if err := s.Pledges.SetProviderRef(ctx, p.ID, orderID); err != nil {
			s.Log.Error("save replacement order", "pledge", p.ID, "err", err)
		}
	})
	if err != nil {
		s.Log.Warn("paypal checkout ended", "pledge", p.ID, "err", err)
		return
	}
	_ = s.Pledges.SetCaptureRef(ctx, p.ID, capture.ID)
}

// PledgeWithSavedCard is the one-click pledge for returning backers.
func (s *Server) PledgeWithSavedCard(w http.ResponseWriter, r *http.Request) {
	req, p := s.decodePledge(w, r, domain.MethodCard)
	if p == nil {
		return
	}
	ctx := r.Context()
	if err := s.Pledges.Insert(ctx, p); err != nil {
		s.fail(w, "could not save the pledge", err, http.StatusInternalServerError)
		return
	}
	intentID, err := s.Cards.AuthorizeSavedCard(ctx, p, req.CustomerID, req.PaymentMethodID)
	if errors.Is(err, domain.ErrPaymentFailed) {
		http.Error(w, "your card was declined", http.StatusPaymentRequired)
		return
	} else if err != nil {
		s.fail(w, "could not place the pledge", err, http.StatusBadGateway)
		return
	}
	_ = s.Pledges.SetProviderRef(ctx, p.ID, intentID)
	if err := s.Backing.Confirm(ctx, p.ID); err != nil {
		s.fail(w, "could not confirm the pledge", err, http.StatusInternalServerError)
		return
	}
	writeJSON(w, http.StatusCreated, map[string]string{"pledge_id": p.ID})
}

// ContributeUSDC records an on-chain contribution and confirms it once
// the chain has.
func (s *Server) ContributeUSDC(w http.ResponseWriter, r *http.Request) {
	req, p := s.decodePledge(w, r, domain.MethodUSDC)
	if p == nil {
		return
	}
	p.ProviderRef, p.Wallet, p.Currency = req.TxHash, req.From, "usd"
	if err := s.Pledges.Insert(r.Context(), p); err != nil {
		s.fail(w, "could not save the contribution", err, http.StatusInternalServerError)
		return
	}
	go func() {
		ctx := context.Background()
		if _, err := s.Chain.AwaitConfirmations(ctx, common.HexToHash(p.ProviderRef)); err != nil {
			s.Log.Warn("usdc contribution not confirmed", "pledge", p.ID, "err", err)
			_ = s.Pledges.SetStatus(ctx, p.ID, domain.PledgeReleased)
			return
		}
		if err := s.Backing.Confirm(ctx, p.ID); err != nil {
			s.Log.Error("confirm usdc pledge", "pledge", p.ID, "err", err)
		}
	}()
	writeJSON(w, http.StatusAccepted, map[string]string{"pledge_id": p.ID})
}

// ContributionStatus tells the contribution page whether the transaction
// is in a block yet.
func (s *Server) ContributionStatus(w http.ResponseWriter, r *http.Request) {
	rcpt, err := s.Chain.WaitIncluded(r.Context(), common.HexToHash(chi.URLParam(r, "hash")))
	switch {
	case errors.Is(err, chain.ErrReverted):
		writeJSON(w, http.StatusOK, map[string]string{"state": "reverted"})
	case err != nil:
		s.fail(w, "chain unavailable", err, http.StatusBadGateway)
	case rcpt == nil:
		writeJSON(w, http.StatusOK, map[string]string{"state": "pending"})
	default:
		writeJSON(w, http.StatusOK, map[string]string{"state": "included"})
	}
}

// Tip registers a Lightning tip whose invoice the LN sidecar issued.
func (s *Server) Tip(w http.ResponseWriter, r *http.Request) {
	var req struct {
		RHash []byte `json:"r_hash"`
		Sats  int64  `json:"sats"`
	}
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil || len(req.RHash) != 32 {
		http.Error(w, "invalid tip", http.StatusBadRequest)
		return
	}
	t := chain.Tip{ID: uuid.NewString(), CampaignID: chi.URLParam(r, "id"), RHash: req.RHash, Sats: req.Sats}
	go s.Tips.Watch(context.Background(), t)
	writeJSON(w, http.StatusAccepted, map[string]string{"tip_id": t.ID})
}
