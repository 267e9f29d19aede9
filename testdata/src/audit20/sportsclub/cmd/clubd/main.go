// Command clubd runs the club network's backend: the members' API, the
// provider notifications, the front-desk kiosk, the back office and the
// scheduled jobs.
package main

import (
	"context"
	"log"
	"net/http"
	"os"
	"os/signal"
	"strconv"
	"syscall"
	"time"

	beeweb "github.com/beego/beego/v2/server/web"
	"github.com/checkout/checkout-sdk-go/v2/payments/nas"
	_ "github.com/go-sql-driver/mysql"
	"github.com/gorilla/mux"
	"github.com/jmoiron/sqlx"
	"github.com/kataras/iris/v12"
	"github.com/valyala/fasthttp"
	gormmysql "gorm.io/driver/mysql"
	"gorm.io/gorm"

	"audit20/sportsclub/backoffice"
	"audit20/sportsclub/billing"
	"audit20/sportsclub/domain"
	"audit20/sportsclub/hooks"
	"audit20/sportsclub/kiosk"
	"audit20/sportsclub/platform"
	"audit20/sportsclub/psp"
	"audit20/sportsclub/store"
	"audit20/sportsclub/twint"
	"audit20/sportsclub/web"
	"audit20/sportsclub/worker"
)

// ledger is what wallet notifications write to.
type ledger struct {
	*store.Bookings
	*store.Fees
}

// mailNotifier sends payment links by e-mail.
type mailNotifier struct {
	mailer *platform.Mailer
	events *store.Events
}

func (n mailNotifier) SendLink(ctx context.Context, memberID int64, url string) error {
	email, err := n.events.MemberEmail(ctx, memberID)
	if err != nil {
		return err
	}
	return n.mailer.Send(ctx, email, "Your coaching package", "Pay for your lessons here: "+url)
}

func main() {
	cfg := platform.Load()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	db, err := sqlx.Connect("mysql", cfg.MySQLDSN)
	if err != nil {
		log.Fatalf("mysql: %v", err)
	}
	gdb, err := gorm.Open(gormmysql.Open(cfg.MySQLDSN), &gorm.Config{})
	if err != nil {
		log.Fatalf("gorm: %v", err)
	}

	bookingStore := store.NewBookings(db)
	fees := store.NewFees(db)
	events := store.NewEvents(db.DB)
	membershipStore := store.NewMemberships(gdb)
	mailer := platform.NewMailer(cfg.SMTPAddr, cfg.SMTPFrom)

	clubs := loadClubs(ctx, db)
	byID := map[int64]domain.Club{}
	bySlug := map[string]domain.Club{}
	var outdoor []domain.Club
	for _, c := range clubs {
		byID[c.ID], bySlug[c.Slug] = c, c
		if c.Region != domain.RegionUS {
			outdoor = append(outdoor, c)
		}
	}

	gc, err := psp.NewGoCardless(cfg.GoCardlessToken)
	if err != nil {
		log.Fatalf("gocardless: %v", err)
	}
	mollie := psp.NewMollie(cfg.MollieAPIKey, cfg.PublicURL, !cfg.Production())
	adyen := psp.NewAdyen(cfg.AdyenAPIKey, cfg.AdyenMerchant, cfg.Production())
	terminal := psp.NewTerminal(cfg.AdyenTerminalURL, cfg.AdyenTerminalKey, "clubd-desk", psp.WithStatusRetries(2))
	square := psp.NewSquare(cfg.SquareToken, cfg.SquareLocationID, psp.WithWebhook(cfg.SquareSignatureKey, cfg.SquareHookURL))
	cko := psp.NewCheckout(&nas.Client{})
	wallet := twint.New(cfg.TwintBaseURL, cfg.TwintMerchantID, cfg.TwintAPIKey,
		twint.WithNotifyURL(cfg.PublicURL+"/hooks/twint/payment"))

	members := func(ctx context.Context, id int64) (domain.Member, error) {
		var m domain.Member
		err := db.GetContext(ctx, &m, `SELECT id, email, full_name, home_club_id, gc_mandate_id, square_customer_id, cko_source_id FROM members WHERE id = ?`, id)
		return m, err
	}
	memberships := billing.NewMemberships(membershipStore, gc, members)
	bookings := billing.NewBookings(bookingStore, mollie, square, wallet)
	coaching := billing.NewCoaching(fees, adyen, mailNotifier{mailer: mailer, events: events})
	noshows := billing.NewNoShows(fees, cko)
	rain := billing.NewRainCheck(bookingStore, fees, mollie, adyen, square, wallet, cfg.WeatherURL)

	// Members' API, return pages, and the notifications that arrive on the
	// public host.
	r := mux.NewRouter()
	r.Use(platform.Recover)
	web.New(bookings, bookingStore, coaching, square, wallet, byID).Routes(r)

	gcHook, err := hooks.NewGoCardless(cfg.GoCardlessSecret, membershipStore)
	if err != nil {
		log.Fatalf("gocardless webhook: %v", err)
	}
	r.Handle("/hooks/gocardless", gcHook).Methods(http.MethodPost)

	notifier := &twint.Notifier{Ledger: ledger{bookingStore, fees}, Refs: refundIDs}
	r.HandleFunc("/hooks/twint/payment", notifier.HandlePayment).Methods(http.MethodPost) // want "\\[webhookverify\\] payment webhook handler notifier.HandlePayment \\(package audit20/sportsclub/twint\\) mounted on POST /hooks/twint/payment verifies no signature, and no middleware on this route does: it acts on the payment through twint.Ledger.MarkPaidByProviderRef"

	signed := platform.RequireSignature(cfg.TwintHookSecret, "X-Twint-Signature")
	r.Handle("/hooks/twint/refund", signed(http.HandlerFunc(notifier.HandleRefund))).Methods(http.MethodPost) // audit: lookalike webhookverify: the refund notifications pass through RequireSignature (HMAC of the body, refuses an empty secret) before the handler

	// Provider notifications on their own listener.
	hk := hooks.New(hooks.Secrets{
		Mollie:    []string{cfg.MollieSigningKey},
		AdyenHMAC: cfg.AdyenHMACKey,
		Checkout:  cfg.CheckoutHookKey,
	}, bookingStore, fees, events)
	app := iris.New()
	hk.Register(app)

	// Back office and Square (US) notifications on beego.
	backoffice.New(square, bookingStore, events, mailer, rain, noshows, bySlug).
		WithSales(coaching, fees, memberships, membershipStore).Register()

	desk := kiosk.New(terminal, wallet, mollie, os.Getenv("DESK_POI_ID"),
		kiosk.WithTerminalTiming(cfg.TerminalPollEvery, cfg.TerminalWaitBudget))

	w, err := worker.New(worker.Deps{
		Memberships: memberships,
		Renewals:    membershipStore,
		Bookings:    bookings,
		NoShows:     noshows,
		Rain:        rain,
		Outdoor:     outdoor,
		Receipts:    hk.Receipts(),
		Mailer:      mailer,
		Emails:      events.MemberEmail,
	})
	if err != nil {
		log.Fatalf("worker: %v", err)
	}
	go w.Start(ctx)

	srv := &http.Server{Addr: cfg.HTTPAddr, Handler: r, ReadHeaderTimeout: 10 * time.Second}
	go func() {
		if err := srv.ListenAndServe(); err != nil && err != http.ErrServerClosed {
			log.Fatalf("http: %v", err)
		}
	}()
	go func() {
		if err := fasthttp.ListenAndServe(cfg.KioskAddr, desk.Router().Handler); err != nil {
			log.Fatalf("kiosk: %v", err)
		}
	}()
	go beeweb.Run(cfg.AdminAddr)
	go func() {
		if err := app.Listen(cfg.HooksAddr); err != nil {
			log.Fatalf("hooks: %v", err)
		}
	}()

	<-ctx.Done()
	shutdown, cancel := context.WithTimeout(context.Background(), 15*time.Second)
	defer cancel()
	_ = srv.Shutdown(shutdown)
}

func loadClubs(ctx context.Context, db *sqlx.DB) []domain.Club {
	var clubs []domain.Club
	if err := db.SelectContext(ctx, &clubs, `SELECT id, slug, name, region, currency, timezone FROM clubs`); err != nil {
		log.Fatalf("clubs: %v", err)
	}
	return clubs
}

// refundIDs maps the wallet's refund id (ours, decimal) back to the row.
func refundIDs(refundID string) (int64, bool) {
	id, err := strconv.ParseInt(refundID, 10, 64)
	return id, err == nil
}
