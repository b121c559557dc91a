package vn.hocvuso.helpdesk.cases;

import org.springframework.stereotype.Component;

import vn.hocvuso.helpdesk.store.ResidentListing;

/** Lists a store's earlier cases under their residents, in the background. */
@Component
class CaseListing extends ResidentListing {

	CaseListing(CaseStore cases) {
		super("cases", cases::listCasesUnderResidents);
	}

}
