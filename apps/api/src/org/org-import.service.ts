import { BadRequestException, ForbiddenException, Injectable } from '@nestjs/common';
import { parse } from 'csv-parse/sync';
import { Actor, canActOnUnit, officialFromCsvRow, OrgImport, RowError, unitFromCsvRow, validateOrgImport } from '@tdkt/domain';
import { ImportSummary, OrgDirectory } from '@tdkt/persistence';
import { invalidInput } from '../common/invalid-input';
import type { Bilingual } from '../common/problem/said';

/**
 * Imports a unit tree and its officials: all rows are validated first and every problem is reported
 * with its row; only a clean file is written, in one transaction, so nothing is ever half-imported.
 */
@Injectable()
export class OrgImportService {
  constructor(private readonly directory: OrgDirectory) {}

  async importJson(admin: Actor, raw: unknown): Promise<ImportSummary> {
    const existing = await this.directory.existingKeys();
    const result = validateOrgImport(raw, existing);
    if (!result.ok) throw this.rowErrors(result.errors);
    await this.assertWithinScope(admin, result.value);
    return this.directory.applyImport(result.value);
  }

  importCsv(admin: Actor, csv: { unitsCsv?: string; officialsCsv?: string }): Promise<ImportSummary> {
    return this.importJson(admin, {
      units: this.parseCsv('units', csv.unitsCsv).map(unitFromCsvRow),
      officials: this.parseCsv('officials', csv.officialsCsv).map(officialFromCsvRow),
    });
  }

  private parseCsv(section: RowError['section'], text: string | undefined): Record<string, string>[] {
    if (!text?.trim()) return [];
    try {
      return parse(text.replace(/^\uFEFF/, ''), { columns: true, skip_empty_lines: true, trim: true });
    } catch (error) {
      const reason = (error as Error).message;
      throw this.rowErrors([
        { section, row: 0, message: `Tệp CSV không đọc được: ${reason}`, en: `The CSV file cannot be read: ${reason}` },
      ]);
    }
  }

  /**
   * An administrator adds units only below their own unit, and officials only inside their subtree; the role that
   * reaches every tree (system_admin) only a system administrator gives, as in account administration.
   */
  private async assertWithinScope(admin: Actor, input: OrgImport): Promise<void> {
    const systemAdmins = input.officials.filter((o) => o.roles.includes('system_admin')).map((o) => o.username);
    if (systemAdmins.length && !admin.roles.includes('system_admin'))
      throw new ForbiddenException({
        message: `Chỉ Quản trị hệ thống mới giao vai trò Quản trị hệ thống (${systemAdmins.join(', ')}).`,
        en: `Only a system administrator may give the System administrator role (${systemAdmins.join(', ')}).`,
      } satisfies Bilingual);
    const newCodes = new Set(input.units.map((u) => u.code));
    const outside: string[] = [];
    for (const unit of input.units) {
      if (!unit.parentCode) outside.push(unit.code);
      else if (!newCodes.has(unit.parentCode) && !(await this.inScope(admin, unit.parentCode))) outside.push(unit.code);
    }
    for (const official of input.officials) {
      if (!newCodes.has(official.unitCode) && !(await this.inScope(admin, official.unitCode)))
        outside.push(`${official.username}@${official.unitCode}`);
    }
    if (outside.length)
      throw new ForbiddenException({
        message: `Các mục sau nằm ngoài đơn vị bạn quản trị: ${outside.join(', ')}.`,
        en: `These entries are outside the unit you administer: ${outside.join(', ')}.`,
      } satisfies Bilingual);
  }

  private async inScope(admin: Actor, unitCode: string): Promise<boolean> {
    const unit = await this.directory.findUnit(unitCode);
    return !!unit && canActOnUnit(admin, unit.path, ['admin']);
  }

  private rowErrors(errors: RowError[]): BadRequestException {
    return invalidInput({
      message: `Tệp nhập có ${errors.length} lỗi; chưa có dữ liệu nào được ghi.`,
      en: `The import file has ${errors.length} problem(s); nothing was recorded.`,
      errors,
    });
  }
}
