import { Controller, Get, Header, Param, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { CurrentOfficial, CurrentOfficialInfo } from '../auth/current-official';
import { AwardDocumentsService } from './award-documents.service';
import { IndexParam, UuidParam } from '../common/path-params';

@ApiTags('awards')
@ApiBearerAuth()
@ApiProduces('application/pdf')
@ApiConflictResponse({ description: 'The dossier has no decision of the system’s to print (not decided yet, or decided centrally)' })
@Controller('award-dossiers/:dossierId')
export class AwardDocumentsController {
  constructor(private readonly documents: AwardDocumentsService) {}

  @Get('decision.pdf')
  @Header('Content-Type', 'application/pdf')
  @ApiOperation({ summary: 'The signed award decision, in the Vietnamese administrative layout' })
  async decision(@CurrentOfficial() me: CurrentOfficialInfo, @Param('dossierId', UuidParam) dossierId: string) {
    return new StreamableFile(await this.documents.decisionPdf(me, dossierId), { disposition: 'inline; filename="quyet-dinh.pdf"' });
  }

  @Get('certificates/:index.pdf')
  @Header('Content-Type', 'application/pdf')
  @ApiOperation({ summary: 'The certificate (Bằng khen, Giấy khen…) of one awarded name, by its position in the list' })
  async certificate(
    @CurrentOfficial() me: CurrentOfficialInfo,
    @Param('dossierId', UuidParam) dossierId: string,
    @Param('index', IndexParam) index: number,
  ) {
    return new StreamableFile(await this.documents.certificatePdf(me, dossierId, index), {
      disposition: `inline; filename="bang-khen-${index + 1}.pdf"`,
    });
  }
}
