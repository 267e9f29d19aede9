package handler

import (
	"reflect"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/paylint/paylint/analyzers/internal/dblib"
	"github.com/paylint/paylint/analyzers/internal/funcs"
	"github.com/paylint/paylint/analyzers/internal/payment"
	"github.com/paylint/paylint/analyzers/internal/retry"
)

// EffectsAnalyzer summarises, for webhookdedupe and webhookack, what the
// package's functions do that a repeated or slow webhook delivery cares
// about (EffectFact, SlowFact, exported for callers in other packages),
// and judges the package's payment webhook handlers. It reports nothing.
var EffectsAnalyzer = &analysis.Analyzer{
	Name:       "webhookeffects",
	Doc:        "summarises repeated effects and slow work of webhook handlers and their callees (internal; reports nothing)",
	Requires:   []*analysis.Analyzer{payment.Analyzer, Analyzer, retry.Analyzer, funcs.Analyzer}, // retry: helperslow.go
	ResultType: reflect.TypeOf((*Effects)(nil)),
	FactTypes: []analysis.Fact{(*EffectFact)(nil), (*EffectsModeledFact)(nil), (*SlowFact)(nil), (*SlowModeledFact)(nil),
		(*WireFact)(nil), (*PayEffectFact)(nil), (*ReturnGrantFact)(nil), (*RFAPageFact)(nil), (*RFAMountFact)(nil),
		(*RFBReadPageFact)(nil), (*GateFact)(nil), (*SetterFact)(nil), (*StateWriteFact)(nil), (*HoldFact)(nil),
		(*HoldWriteFact)(nil), (*EventHookFact)(nil), (*HookMountFact)(nil), (*PageFact)(nil), (*PortFact)(nil),
		(*VerifyFieldFact)(nil), (*DropVerdictFact)(nil), (*FactoryPageFact)(nil), (*InAppLocalFact)(nil), (*CtorMethodsFact)(nil), (*RowStatusFact)(nil)},
	Run: runEffects,
}

// Effects is the result of EffectsAnalyzer: per payment webhook handler,
// the effects no duplicate guard protects and the first slow call made
// before it answers.
type Effects struct {
	Repeats map[*Handler][]Effect
	Slow    map[*Handler]SlowAt
	// Wired are the findings of a package binding other packages'
	// webhook handlers to their use cases (wire_bind.go); nil if none.
	Wired *Wired
	// Returns: return pages of other packages granting through a use
	// case whose ports this package binds (returnbind.go).
	Returns []ReturnGrant
	// Holds: handlers' calls storing a payment hold (holdwrites.go).
	Holds map[*Handler][]*payment.Op
	// R19Mounts: other packages' pages routed here on a success URL the
	// app builds (linked.go).
	R19Mounts []R19Mount
}

// SlowAt is a slow call and how far the handler had answered then.
type SlowAt struct {
	Slow   *Slow
	Answer Answer
}

func runEffects(pass *analysis.Pass) (any, error) {
	res := &Effects{Repeats: map[*Handler][]Effect{}, Slow: map[*Handler]SlowAt{}}
	info, _ := pass.ResultOf[payment.Analyzer].(*payment.Info)
	m, _ := pass.ResultOf[Analyzer].(*Model)
	exportInAppLocal(pass) // inappnotice.go: functions doing only database and channel work, whatever the package's relevance
	if m != nil {
		m.inAppFx = pass
	}
	if info == nil || m == nil || m.info == nil || !summarised(pass) {
		return res, nil
	}
	// Every package of the merchant's code is summarised: a store or a
	// mailer that reaches no payment API still ships, mails or sleeps.
	d := NewDedupe(pass, m)
	d.Summarize()
	d.exportRowStatus()           // rowstatus.go: store methods moving the status of the row their caller names
	d.exportPorts()               // useport.go: a use case's unguarded store call, for main
	sw := y17StateWrites(pass, m) // statewebhook.go
	a := NewAck(pass, m)
	a.a17 = &work{d: d, sw: sw} // processpath.go
	a.Summarize()
	// Use cases behind interfaces are judged by the implementations the
	// package can see (ifacefx.go).
	fx := newIfaceFx(pass, m, d, a)
	a.a17.fx = fx
	fx.exportPayEffects() // wire_bind.go
	fx.r13Export()        // returngrant.go: plain use cases, unchecked return-page calls
	fx.rfaExport()        // pageports.go: return pages' own ports, return routes of other packages' pages
	fx.d26Export()        // factorypage.go: the same for a page a factory returns, through its parameters
	fx.rfbExport()        // readpages.go: the same for pages that read the payment and never test it
	fx.h16Export()        // holdpages.go: return pages handing a port a payment hold
	fx.exportWrites()     // holdwrites.go: functions storing a hold, and the pages' such calls
	res.Holds = fx.holds()
	fx.exportPages(res)            // linked.go: unrouted pages' unchecked fulfilments
	res.R19Mounts = fx.r19Mounts() // and other packages' such pages routed here on a success URL
	fx.v18Export()                 // siblingbare.go: unrouted handlers decoding an event, verifying nothing
	fx.exportHookMounts()          // hookmount.go: webhook routes of other packages' handlers
	fx.e20Export()                 // wiredverifier.go: a check through a receiver's interface field; wrappers dropping the verdict
	if !info.Relevant {
		return res, nil
	}
	for _, h := range m.Judged() {
		if getOnly(h.Routes) {
			// Providers POST their events; a GET page that reads the
			// payment back is the buyer's return, not a delivery.
			continue
		}
		pay := m.PaymentWebhook(h) || fx.paymentEffect(h)
		if ok, _ := h.Webhook(); !ok || !pay && !sw.webhook(h) { // an unmodelled provider's callback: webhookack only
			continue
		}
		if es := fx.ungate(h, fx.unguarded(h)); pay && len(es) > 0 { // usecasegate.go: gated by a use case main binds
			res.Repeats[h] = es
		}
		if s, ans := fx.before(h); s != nil {
			res.Slow[h] = SlowAt{Slow: s, Answer: ans}
		}
	}
	fx.pendingRepeats(res.Repeats)            // pendingcredit.go
	fx.exportWireFacts(res.Repeats, res.Slow) // wire_facts.go
	res.Wired = fx.wiredFindings()
	res.Wired.Weak = append(res.Wired.Weak, fx.bound()...)                                              // wiredverifier.go: that check bound here to a wrapper dropping the verdict
	res.Wired.Mounts = append(res.Wired.Mounts, fx.v18Mounts()...)                                      // siblingbare.go: a route outside its sibling's verifying group
	res.Returns = fx.markReads(append(append(fx.r13Returns(), fx.rfaReturns()...), fx.d26Returns()...)) // returnbind.go, pagebind.go, readpages.go
	res.Returns = merge(res.Returns, fx.h16Returns())                                                   // holdbind.go: a hold recorded by a return page
	return res, nil
}

// summarised: the package is the merchant's code, not the standard
// library or a library paylint knows (a provider SDK, a web framework, an
// HTTP, retry, id or database package), matched by module path: a
// merchant package named after its provider (shop/adyenhooks) is
// summarised.
func summarised(pass *analysis.Pass) bool {
	if pass.Pkg == nil || len(pass.Files) == 0 || payment.InGOROOT(pass) {
		return false
	}
	p := pass.Pkg.Path()
	if payment.Library(p) || knownMiddlewarePkg(p) {
		return false
	}
	for _, lib := range libraryPrefixes {
		if strings.HasPrefix(p, lib) {
			return false
		}
	}
	return true
}

// libraryPrefixes are libraries whose own code is no merchant's webhook
// work (HTTP, retry, id, database and framework packages).
var libraryPrefixes = []string{"golang.org/x/", "google.golang.org/", "gorm.io/", dblib.GORMv1, "github.com/go-resty/",
	"github.com/hashicorp/", "github.com/cenkalti/", "github.com/avast/", "github.com/sethvargo/",
	"github.com/google/uuid", "github.com/jackc/", "github.com/jmoiron/", "github.com/oklog/", "github.com/rs/xid",
	"github.com/segmentio/", "github.com/svix/", "github.com/gorilla/", "github.com/go-chi/"}
