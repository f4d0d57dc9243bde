import { Catalogue1763798400000 } from './1763798400000-catalogue';
import { Accounts1763884800000 } from './1763884800000-accounts';
import { Intents1763971200000 } from './1763971200000-intents';
import { ProviderWorkspace1764057600000 } from './1764057600000-provider-workspace';
import { MatchStatistics1764144000000 } from './1764144000000-match-statistics';
import { ReadPaths1764230400000 } from './1764230400000-read-paths';
import { StatsRollups1764316800000 } from './1764316800000-stats-rollups';
import { StatsOverview1764316800001 } from './1764316800001-stats-overview';
import { StatsBreakdownRollups1764316800002 } from './1764316800002-stats-breakdown-rollups';
import { StatsCompanyRollups1764316800003 } from './1764316800003-stats-company-rollups';
import { CatalogueVersion1764403200000 } from './1764403200000-catalogue-version';
import { StatsVersion1764489600000 } from './1764489600000-stats-version';
import { ModeratedListings1764576000000 } from './1764576000000-moderated-listings';
import { LoginKnownSources1764590400000 } from './1764590400000-login-known-sources';
import { SignupAttempts1764590400001 } from './1764590400001-signup-attempts';
import { SearchChars1764604800000 } from './1764604800000-search-chars';
import { CatalogueVersionNotify1764604800001 } from './1764604800001-catalogue-version-notify';
import { IntentListCounts1764662400000 } from './1764662400000-intent-list-counts';
import { SearchTitleGrams1764835200000 } from './1764835200000-search-title-grams';
import { SearchSortIndexes1764835200001 } from './1764835200001-search-sort-indexes';
import { JobQueue1764921600000 } from './1764921600000-job-queue';
import { JobRetriedAudit1764921600001 } from './1764921600001-job-retried-audit';
import { RateLimitHits1765094400000 } from './1765094400000-rate-limit-hits';
import { StatsVersionCompany1765180800000 } from './1765180800000-stats-version-company';
import { IntentSearchNames1765440000000 } from './1765440000000-intent-search-names';
import { ServiceViewPending1765612800000 } from './1765612800000-service-view-pending';

// Listed by hand (not globbed) so the webpack bundle carries them; order is execution order.
export const MIGRATIONS = [Catalogue1763798400000, Accounts1763884800000, Intents1763971200000, ProviderWorkspace1764057600000, MatchStatistics1764144000000, ReadPaths1764230400000, StatsRollups1764316800000, StatsOverview1764316800001, StatsBreakdownRollups1764316800002, StatsCompanyRollups1764316800003, CatalogueVersion1764403200000, StatsVersion1764489600000, ModeratedListings1764576000000, LoginKnownSources1764590400000, SignupAttempts1764590400001, SearchChars1764604800000, CatalogueVersionNotify1764604800001, IntentListCounts1764662400000, SearchTitleGrams1764835200000, SearchSortIndexes1764835200001, JobQueue1764921600000, JobRetriedAudit1764921600001, RateLimitHits1765094400000, StatsVersionCompany1765180800000, IntentSearchNames1765440000000, ServiceViewPending1765612800000];
