import { Module } from '@nestjs/common';
import { CompaniesController } from './companies.controller';
import { CompaniesService } from './companies.service';
import { CompanyImportService } from './company-import.service';
import { CompanyRosterController } from './company-roster.controller';
import { CompanyTiersService } from './company-tiers.service';

@Module({ controllers: [CompaniesController, CompanyRosterController], providers: [CompaniesService, CompanyImportService, CompanyTiersService] })
export class CompaniesModule {}
